/** Registers one listener per button kind; suffixed copies of an action id (kb_choose#1…) reach the same one. */
import type { App, BlockAction } from '@slack/bolt';
import { ACTION_IDS } from '../../../../src/reply/actions';
import { actionIdPattern, SLACK_ACTION_IDS } from '../../block-ids';
import type { SlackDeps } from '../../slack-deps';
import { askExpert } from './ask-expert';
import { chooseCandidate } from './choose-candidate';
import { fullArticle } from './full-article';
import { notIt } from './not-it';
import { otherCauses } from './other-causes';
import { related } from './related';
import type { ActionArgs } from './reply-action';
import { resolveEscalation } from './resolve-escalation';
import { retry } from './retry';
import { share } from './share';
import { showMore } from './show-more';
import { solved } from './solved';
import { suggestion } from './suggestion';
import { takeEscalation } from './take-escalation';

export function registerActions(app: App, deps: SlackDeps): void {
  const on = (id: string, listener: (args: ActionArgs) => Promise<void>): void => {
    app.action<BlockAction>(actionIdPattern(id), listener);
  };
  on(ACTION_IDS.solved, solved(deps));
  on(ACTION_IDS.notIt, notIt(deps));
  on(ACTION_IDS.fullArticle, fullArticle(deps));
  on(ACTION_IDS.otherCauses, otherCauses(deps));
  on(ACTION_IDS.related, related(deps));
  on(ACTION_IDS.chooseCandidate, chooseCandidate(deps));
  on(ACTION_IDS.showMore, showMore(deps));
  on(ACTION_IDS.askExpert, askExpert(deps));
  on(ACTION_IDS.takeEscalation, takeEscalation(deps));
  on(ACTION_IDS.resolveEscalation, resolveEscalation(deps));
  on(ACTION_IDS.suggestion, suggestion(deps));
  on(SLACK_ACTION_IDS.share, share(deps));
  on(SLACK_ACTION_IDS.retry, retry(deps));
}
