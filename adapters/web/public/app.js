// kb-assistant web chat: sends what the person typed to /api/chat/*, renders the reply model.
// Every piece of text goes in through textContent: nothing from a reply or a paste is parsed as HTML.
'use strict';

(function () {
  const log = document.getElementById('log');
  const form = document.getElementById('composer');
  const input = document.getElementById('input');
  const send = document.getElementById('send');
  const newThread = document.getElementById('new-thread');
  const threadLabel = document.getElementById('thread-label');
  const IDLE_HINT = 'Enter to send · Shift+Enter for a new line';

  let threadId = null;
  let busy = false;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function randomId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function setBusy(value) {
    busy = value;
    send.disabled = value;
    for (const button of log.querySelectorAll('button[data-action]')) button.disabled = value;
  }

  function append(node) {
    const welcome = document.getElementById('welcome');
    if (welcome) welcome.remove();
    log.appendChild(node);
    node.scrollIntoView({ block: 'start', behavior: 'smooth' });
    return node;
  }

  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    let data = null;
    try {
      data = await response.json();
    } catch (_) {
      data = null;
    }
    if (!response.ok) {
      const message = data && typeof data.error === 'string' ? data.error : 'The server answered ' + response.status + '.';
      throw new Error(message);
    }
    return data;
  }

  // Sends one request; on success shows the sender's message (as the server echoes it, credentials
  // removed) and the reply. On failure the typed text goes back into the box: nothing is lost.
  async function exchange(path, body, typed) {
    if (busy) return;
    setBusy(true);
    const pending = append(el('div', 'card thinking', 'Looking it up…'));
    try {
      const data = await post(path, body);
      threadId = data.threadId;
      threadLabel.textContent = 'Follow-ups continue this conversation · Enter to send';
      if (typeof data.echo === 'string') log.insertBefore(el('div', 'bubble-user', data.echo), pending);
      const card = renderReply(data.reply);
      pending.replaceWith(card);
      card.scrollIntoView({ block: 'start', behavior: 'smooth' });
    } catch (error) {
      const card = el('div', 'card error-card', error.message || 'Could not reach the server.');
      card.setAttribute('role', 'alert');
      pending.replaceWith(card);
      if (typed !== undefined && !input.value) input.value = typed;
    } finally {
      setBusy(false);
      input.focus();
    }
  }

  function ask(text) {
    return exchange('/api/chat/messages', { threadId: threadId, messageId: randomId(), text: text }, text);
  }

  function act(action, value) {
    return exchange('/api/chat/actions', { threadId: threadId, actionId: randomId(), action: action, value: value });
  }

  // ---- rendering -------------------------------------------------------------------------

  function actionButton(label, actionId, value, style) {
    const button = el('button', style || '', label);
    button.type = 'button';
    button.dataset.action = actionId;
    button.addEventListener('click', () => act(actionId, value));
    return button;
  }

  function renderActions(actions) {
    const wrap = el('div');
    // Clarify candidates are the question itself: shown open, one button each, above the others.
    const choices = el('div', 'candidates');
    const bar = el('div', 'actions');
    const pickers = [];
    for (const action of actions || []) {
      const hasOptions = Array.isArray(action.options) && action.options.length > 0;
      if (action.id === 'kb_choose') {
        if (hasOptions) for (const option of action.options) choices.appendChild(actionButton(option.label, action.id, option.value));
        else choices.appendChild(actionButton(action.label, action.id, action.value));
      } else if (hasOptions) {
        const picker = el('div', 'picker');
        picker.hidden = true;
        picker.setAttribute('aria-label', action.label);
        for (const option of action.options) picker.appendChild(actionButton(option.label, action.id, option.value));
        const toggle = el('button', '', action.label + ' ▾');
        toggle.type = 'button';
        toggle.dataset.picker = action.id;
        toggle.setAttribute('aria-expanded', 'false');
        toggle.addEventListener('click', () => {
          picker.hidden = !picker.hidden;
          toggle.setAttribute('aria-expanded', String(!picker.hidden));
        });
        bar.appendChild(toggle);
        pickers.push(picker);
      } else {
        bar.appendChild(actionButton(action.label, action.id, action.value, action.style));
      }
    }
    if (choices.childElementCount > 0) wrap.appendChild(choices);
    if (bar.childElementCount > 0) wrap.appendChild(bar);
    for (const picker of pickers) wrap.appendChild(picker);
    return wrap.childElementCount > 0 ? wrap : null;
  }

  function renderNotices(card, notices) {
    for (const notice of notices || []) {
      const box = el('div', 'notice', notice.message);
      box.setAttribute('role', notice.kind === 'credential' ? 'alert' : 'status');
      box.dataset.notice = notice.kind;
      card.appendChild(box);
    }
  }

  function codeBlock(code) {
    const wrap = el('div', 'code-wrap');
    const pre = el('pre');
    const content = el('code', 'lang-' + (code.lang || 'text'), code.code);
    pre.appendChild(content);
    wrap.appendChild(pre);
    if (navigator.clipboard) {
      const copy = el('button', 'copy quiet', 'Copy');
      copy.type = 'button';
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(code.code).then(
          () => { copy.textContent = 'Copied'; },
          () => { copy.textContent = 'Select and copy'; },
        );
      });
      wrap.appendChild(copy);
    }
    return wrap;
  }

  function heading(card, text) {
    card.appendChild(el('h3', '', text));
  }

  function list(tag, className, items) {
    const node = el(tag, className);
    for (const item of items) node.appendChild(el('li', '', item));
    return node;
  }

  function titleLine(card, article, confidence) {
    const title = el('h2', '', article.displayTitle || article.title);
    if (confidence) {
      const badge = el('span', 'badge ' + confidence, confidence + ' confidence');
      title.appendChild(badge);
    }
    card.appendChild(title);
  }

  function sourceLine(card, article) {
    card.appendChild(el('p', 'source', 'Source: ' + article.source + ' · updated ' + article.updated));
  }

  function matchedLine(card, matched) {
    if (!matched) return;
    const line = el('p', 'matched', 'Matched: ');
    line.appendChild(el('code', '', matched));
    card.appendChild(line);
  }

  function hasAction(reply, id) {
    return (reply.actions || []).some((a) => a.id === id && Array.isArray(a.options) && a.options.length > 0);
  }

  function relatedList(card, reply) {
    if (!reply.related || reply.related.length === 0 || hasAction(reply, 'kb_related')) return;
    heading(card, 'Related');
    card.appendChild(list('ul', 'bullets', reply.related.map((a) => a.displayTitle || a.title)));
  }

  function renderAnswer(card, reply) {
    titleLine(card, reply.article, reply.confidence);
    card.appendChild(el('p', 'section-heading', reply.section.heading));
    matchedLine(card, reply.matched);
    if (reply.cause) {
      heading(card, 'Cause');
      card.appendChild(el('p', 'cause', reply.cause));
    }
    if (reply.steps && reply.steps.length > 0) {
      heading(card, 'Steps');
      card.appendChild(list('ol', 'steps', reply.steps));
    }
    if (reply.code && reply.code.length > 0) {
      heading(card, 'Commands');
      for (const code of reply.code) card.appendChild(codeBlock(code));
    }
    relatedList(card, reply);
    sourceLine(card, reply.article);
  }

  function renderClarify(card, reply) {
    card.appendChild(el('h2', '', reply.prompt));
    matchedLine(card, reply.matched);
    const choosable = (reply.actions || []).some((a) => a.id === 'kb_choose');
    if (!choosable) card.appendChild(list('ul', 'bullets', reply.candidates.map((c) => c.label)));
  }

  function renderNone(card, reply) {
    card.appendChild(el('h2', '', 'No matching article'));
    card.appendChild(el('p', '', reply.message));
    if (reply.closest && reply.closest.length > 0) {
      heading(card, 'Closest articles');
      card.appendChild(list('ul', 'bullets', reply.closest.map((a) => a.displayTitle || a.title)));
    }
  }

  function renderBlock(block) {
    switch (block.kind) {
      case 'paragraph': return el('p', '', block.text);
      case 'steps': return list('ol', 'steps', block.items);
      case 'bullets': return list('ul', 'bullets', block.items);
      case 'code': return codeBlock(block);
      default: return el('p', '', '');
    }
  }

  function renderArticle(card, reply) {
    titleLine(card, reply.article);
    if (reply.summary) card.appendChild(el('p', 'section-heading', reply.summary));
    for (const section of reply.sections) {
      card.appendChild(el(section.level === 2 ? 'h3' : 'h4', '', section.heading));
      for (const block of section.blocks) card.appendChild(renderBlock(block));
    }
    relatedList(card, reply);
    sourceLine(card, reply.article);
  }

  // ---- escalations ("Ask an expert"): the state, refreshed until it is resolved -----------------

  const ESCALATION_WORDS = { open: 'waiting for an expert to take it', taken: 'an expert is looking at it', resolved: 'resolved' };
  const ESCALATION_POLL_MS = 15000;

  function escalationState(escalation) {
    const line = el('p', 'escalation-state');
    line.dataset.escalationId = escalation.id;
    const show = (state) => {
      line.dataset.state = state;
      line.textContent = 'Expert help: ' + (ESCALATION_WORDS[state] || state);
    };
    show(escalation.state);
    const asked = threadId;
    const poll = async () => {
      if (line.dataset.state === 'resolved' || !line.isConnected) return;
      try {
        const response = await fetch('/api/chat/escalations/' + encodeURIComponent(escalation.id) + '?threadId=' + encodeURIComponent(asked || ''));
        if (response.ok) show((await response.json()).state);
      } catch (error) {
        // Offline for a moment: the next poll tries again.
      }
      setTimeout(poll, ESCALATION_POLL_MS);
    };
    setTimeout(poll, ESCALATION_POLL_MS);
    return line;
  }

  function renderReply(reply) {
    const card = el('article', 'card reply-' + reply.kind);
    card.dataset.kind = reply.kind;
    renderNotices(card, reply.notices);
    switch (reply.kind) {
      case 'answer': renderAnswer(card, reply); break;
      case 'clarify': renderClarify(card, reply); break;
      case 'none': renderNone(card, reply); break;
      case 'article': renderArticle(card, reply); break;
      case 'ack':
        card.appendChild(el('p', '', reply.message));
        if (reply.escalation) card.appendChild(escalationState(reply.escalation));
        break;
      default: card.appendChild(el('p', '', reply.text || ''));
    }
    const actions = renderActions(reply.actions);
    if (actions) card.appendChild(actions);
    return card;
  }

  // ---- composer ------------------------------------------------------------------------------

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim() || busy) return;
    input.value = '';
    ask(text);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  newThread.addEventListener('click', () => {
    threadId = null;
    log.replaceChildren();
    threadLabel.textContent = IDLE_HINT;
    input.value = '';
    input.focus();
  });

  input.focus();
})();
