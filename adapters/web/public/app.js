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
      if (typeof data.echo === 'string') log.insertBefore(userBubble(data.echo), pending);
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

  // A long paste (a whole stack trace) is shown folded, with "Show all" to read it in full.
  const FOLDED_CHARS = 600;
  const FOLDED_LINES = 10;
  function userBubble(text) {
    const bubble = el('div', 'bubble-user');
    bubble.appendChild(el('div', 'bubble-text', text));
    if (text.length > FOLDED_CHARS || text.split('\n').length > FOLDED_LINES) {
      bubble.classList.add('folded');
      const toggle = el('button', 'quiet show-all', 'Show all');
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', () => {
        const folded = bubble.classList.toggle('folded');
        toggle.textContent = folded ? 'Show all' : 'Show less';
        toggle.setAttribute('aria-expanded', String(!folded));
      });
      bubble.appendChild(toggle);
    }
    return bubble;
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

  function renderActions(actions, articleUrl) {
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
      } else if (action.id === 'kb_full_article' && articleUrl && /^https?:\/\//.test(articleUrl)) {
        // With the article's page known, "Full article" opens it.
        const link = el('a', 'button-link', action.label);
        link.href = articleUrl;
        bar.appendChild(link);
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

  // What Copy puts on the clipboard: the command without the "$ " prompt the article shows.
  function withoutPrompts(code) {
    return code.replace(/^\$ /gm, '');
  }

  function codeBlock(code) {
    const wrap = el('div', 'code-wrap');
    if (navigator.clipboard) {
      const bar = el('div', 'code-bar');
      const copy = el('button', 'copy quiet', 'Copy');
      copy.type = 'button';
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(withoutPrompts(code.code)).then(
          () => { copy.textContent = 'Copied'; },
          () => { copy.textContent = 'Select and copy'; },
        );
      });
      bar.appendChild(copy);
      wrap.appendChild(bar);
    }
    const pre = el('pre');
    pre.tabIndex = 0;
    pre.appendChild(el('code', 'lang-' + (code.lang || 'text'), code.code));
    wrap.appendChild(pre);
    return wrap;
  }

  // Text with the words that name another article linked to its page (when the server knows its address).
  function textWithLinks(tag, className, text, links) {
    const node = el(tag, className);
    let rest = String(text);
    for (const link of links || []) {
      const at = link.url ? rest.indexOf(link.text) : -1;
      if (at < 0 || !/^https?:\/\//.test(link.url)) continue;
      node.appendChild(document.createTextNode(rest.slice(0, at)));
      const a = el('a', '', link.text);
      a.href = link.url;
      node.appendChild(a);
      rest = rest.slice(at + link.text.length);
    }
    node.appendChild(document.createTextNode(rest));
    return node;
  }

  function label(card, text) {
    card.appendChild(el('p', 'label', text));
  }

  function list(tag, className, items) {
    const node = el(tag, className);
    for (const item of items) node.appendChild(el('li', '', item));
    return node;
  }

  function listItems(node, items) {
    for (const item of items) {
      const li = el('li');
      li.appendChild(textWithLinks('span', '', item.text, item.links));
      renderBlocks(li, item.blocks || []);
      node.appendChild(li);
    }
    return node;
  }

  // Reply blocks in the author's order: paragraphs, notes, steps with their own code and sub-lists.
  function renderBlocks(parent, blocks, headingTag) {
    for (const block of blocks) {
      switch (block.kind) {
        case 'paragraph': parent.appendChild(textWithLinks('p', '', block.text, block.links)); break;
        case 'note': {
          const note = textWithLinks('p', 'note', block.text, block.links);
          note.insertBefore(el('strong', '', block.label + ': '), note.firstChild);
          parent.appendChild(note);
          break;
        }
        case 'heading': parent.appendChild(el(headingTag || 'h4', 'sub-heading', block.text)); break;
        case 'steps': {
          const ol = el('ol', 'steps');
          if (block.start && block.start !== 1) ol.start = block.start;
          parent.appendChild(listItems(ol, block.items));
          break;
        }
        case 'bullets': parent.appendChild(listItems(el('ul', 'bullets'), block.items)); break;
        case 'code': parent.appendChild(codeBlock(block)); break;
        default: break;
      }
    }
  }

  // Long content shows its first part; "Show more" unfolds the rest in place.
  const SHOWN_CHARS = 1800;
  function collapsible(card, content) {
    let chars = 0;
    let cut = -1;
    Array.from(content.children).forEach((child, i) => {
      chars += (child.textContent || '').length;
      if (cut < 0 && i > 0 && chars > SHOWN_CHARS) cut = i;
    });
    card.appendChild(content);
    if (cut < 0) return;
    const rest = el('div', 'more');
    rest.hidden = true;
    for (const child of Array.from(content.children).slice(cut)) rest.appendChild(child);
    content.appendChild(rest);
    const toggle = el('button', 'quiet show-more', 'Show more');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => {
      rest.hidden = !rest.hidden;
      toggle.textContent = rest.hidden ? 'Show more' : 'Show less';
      toggle.setAttribute('aria-expanded', String(!rest.hidden));
    });
    card.appendChild(toggle);
  }

  function titleLine(card, article, confidence) {
    const title = el('h2', '', article.displayTitle || article.title);
    if (confidence) {
      const badge = el('span', 'badge ' + confidence, confidence + ' confidence');
      title.appendChild(badge);
    }
    card.appendChild(title);
  }

  // The source names the article; with the server's public address it links to the article's page.
  function sourceLine(card, article) {
    const line = el('p', 'source', 'Source: ');
    const name = article.displayTitle || article.title;
    if (article.url && /^https?:\/\//.test(article.url)) {
      const a = el('a', '', name);
      a.href = article.url;
      line.appendChild(a);
    } else {
      line.appendChild(document.createTextNode(name));
    }
    line.appendChild(document.createTextNode(' · ' + article.source + ' · updated ' + article.updated));
    card.appendChild(line);
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
    label(card, 'Related');
    card.appendChild(list('ul', 'bullets', reply.related.map((a) => a.displayTitle || a.title)));
  }

  function renderAnswer(card, reply) {
    titleLine(card, reply.article, reply.confidence);
    card.appendChild(el('p', 'section-heading', reply.section.heading));
    matchedLine(card, reply.matched);
    if (reply.cause) {
      label(card, 'Cause');
      card.appendChild(el('p', 'cause', reply.cause));
    }
    if (reply.blocks && reply.blocks.length > 0) {
      label(card, 'Fix');
      const content = el('div', 'content');
      renderBlocks(content, reply.blocks, 'h4');
      collapsible(card, content);
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
      label(card, 'Closest articles');
      card.appendChild(list('ul', 'bullets', reply.closest.map((a) => a.displayTitle || a.title)));
    }
  }

  // Headings in order: the article title (h2), its sections (h3), their sub-sections (h4).
  function renderArticle(card, reply) {
    titleLine(card, reply.article);
    if (reply.summary) card.appendChild(el('p', 'section-heading', reply.summary));
    const content = el('div', 'content');
    for (const section of reply.sections) {
      content.appendChild(el(section.level === 2 ? 'h3' : 'h4', '', section.heading));
      renderBlocks(content, section.blocks, 'h5');
    }
    card.appendChild(content);
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
    const actions = renderActions(reply.actions, reply.article && reply.article.url);
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
