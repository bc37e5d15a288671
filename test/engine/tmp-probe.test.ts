import { createEngine } from '../../src/engine';
import { loadKnowledgeSync } from '../../src/knowledge/load';
import type { ThreadContext } from '../../src/conversation/types';
import type { Reply } from '../../src/reply/model';
const show = (r: Reply): string => r.kind === 'answer' ? `answer ${r.article.id} # ${r.section.heading} (${r.confidence}) ${r.notices.map((n) => n.message).join('|')}` : `${r.kind}: ${r.kind === 'none' ? r.message : r.kind === 'ack' ? r.message : ''}`;
it('probe', () => {
  const { articles } = loadKnowledgeSync('/work/shared/eval/kb-kubernetes/articles');
  const engine = createEngine(articles);
  const run = (msgs: string[]) => { let ctx: ThreadContext | undefined; const out: string[] = []; for (const m of msgs) { const r = engine.respond(m, ctx); ctx = r.context; out.push(`${m} -> ${show(r.reply)} [${r.outcome}] fb=${JSON.stringify(r.feedback)}`); } console.log(out.join('\n')); };
  run(['hi, can you help me?', 'Back-off restarting failed container web in pod web-7d4b9c', 'how do I see the logs of the previous container?', 'thanks, that fixed it!']);
  run(['Back-off restarting failed container web in pod web-7d4b9c', "that didn't work", 'not it', 'not it', 'not it', 'not it', 'not it', 'not it']);
  run(['Failed to pull image "registry.example.com/app:1.2": rpc error: code = NotFound', 'thanks! but now I get: Warning  FailedScheduling  0/3 nodes are available: 3 Insufficient memory']);
});
