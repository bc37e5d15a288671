/** The App Home tab: published each time someone opens it, so the article list is current. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describeSlackError } from '../../deliver/web-api-errors';
import { renderHome } from '../../render/home';
import type { SlackDeps } from '../../slack-deps';

export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    deps.queue.run(async () => {
      try {
        await client.views.publish({ user_id: event.user, view: renderHome(deps.service.engine.articles()) });
      } catch (error) {
        deps.logger.error('slack: publishing the Home tab failed', describeSlackError(error));
      }
    });
  };
}
