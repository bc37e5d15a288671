/**
 * The local web chat: the page at GET / and its JSON API, and the knowledge base as pages (/kb/<id>). Always on, needs no credentials: it is
 * what `npm start` shows on a fresh machine, rendering the same reply model as Slack and Teams.
 */
import type { AdapterFactory, ChannelAdapter } from '../../src/http/channel-adapter';
import { chatApi } from './chat-api';
import { escalationApi } from './escalation-api';
import { articlePages } from './article-page';
import { staticPage } from './static-page';

/** The web chat adapter: the page and its API on the shared express app. */
export const createAdapter: AdapterFactory = (deps): ChannelAdapter => ({
  name: 'web',
  mount(app) {
    app.use(staticPage());
    app.use(articlePages(deps.config.knowledgeDir, deps.logger));
    app.use(chatApi({ service: deps.service, logger: deps.logger }));
    app.use(escalationApi({ escalations: deps.escalations, logger: deps.logger }));
  },
});
