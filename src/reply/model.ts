/**
 * The reply model: plain data the core produces and every adapter renders (Block Kit, Adaptive
 * Cards, the web chat, the CLI). No platform markup in here: text is plain and renderers escape it.
 * Adding a variant makes every renderer's exhaustive `switch` fail to compile until it handles it.
 */
import type { CodeLang } from '../knowledge/model';
import type { Action } from './actions';

export type Confidence = 'high' | 'medium' | 'low';

/** An article as cited in a reply. */
export interface ArticleRef {
  id: string;
  /** As the source spells it. */
  title: string;
  /** For display (typos fixed). */
  displayTitle: string;
  question: string;
  updated: string;
  /** Where the article came from, in a few words ("AWS Knowledge Center", "kubernetes.io", "hand-written article"). */
  source: string;
  /** The product variants the article applies to, as the knowledge base names them; empty: all. */
  variants: string[];
  /** The article's page (`/kb/<id>`) when the server's public address is known (PUBLIC_URL). */
  url?: string;
}

/** Another article of the knowledge base named in a piece of text ("see How do I …?"). */
export interface TextLink {
  /** The words in the text that name the article, exactly as they appear there. */
  text: string;
  articleId: string;
  /** The article's page, when the server's public address is known. */
  url?: string;
}

/** A list item: its own text, and the code, notes or sub-lists the author put under it. */
export interface ReplyItem {
  text: string;
  links?: TextLink[];
  blocks: ReplyBlock[];
}

/**
 * One piece of an answer, in the order the article's author wrote it. Text is plain; `links`
 * mark the words that name another article.
 */
export type ReplyBlock =
  | { kind: 'paragraph'; text: string; links?: TextLink[] }
  /** "Note:", "Important:", "Tip:" paragraphs, without the label. */
  | { kind: 'note'; label: string; text: string; links?: TextLink[] }
  /** A sub-section's heading, when an answer shows a section together with its sub-sections. */
  | { kind: 'heading'; text: string; sectionId: string }
  /** Numbered steps; `start` is the number of the first (a list that resumes after a code block keeps counting). */
  | { kind: 'steps'; start: number; items: ReplyItem[] }
  | { kind: 'bullets'; items: ReplyItem[] }
  | { kind: 'code'; lang: CodeLang; code: string };

export type ReplyBlockKind = ReplyBlock['kind'];

/** Something the person must know besides the answer, e.g. that they pasted a credential. */
export interface Notice {
  kind: 'credential' | 'rate-limited' | 'info';
  message: string;
  /** True when it should be shown only to the sender where the platform allows (Slack ephemeral). */
  private: boolean;
}

interface ReplyCommon {
  /** The normalized error text (or key terms) that matched, already redacted; null for none. */
  matched: string | null;
  notices: Notice[];
  actions: Action[];
  /** Plain-text rendering of the whole reply, for notifications, screen readers and fallbacks. */
  text: string;
}

/** One article and the section within it that fixes the problem. */
export interface AnswerReply extends ReplyCommon {
  kind: 'answer';
  article: ArticleRef;
  section: { id: string; heading: string };
  /** Why this happens, as the section or the article states it; null when neither says. */
  cause: string | null;
  /** The section's content in the author's order: paragraphs, steps with their own code and sub-lists, notes. */
  blocks: ReplyBlock[];
  /** Other sections of the same article that describe other causes of the same symptom. */
  otherCauses: { sectionId: string; heading: string }[];
  related: ArticleRef[];
  confidence: Confidence;
}

/** Several articles fit about equally: ask which one. */
export interface ClarifyReply extends ReplyCommon {
  kind: 'clarify';
  prompt: string;
  candidates: { article: ArticleRef; sectionId: string; label: string }[];
}

/** Nothing in the knowledge base fits. */
export interface NoneReply extends ReplyCommon {
  kind: 'none';
  message: string;
  /** Only when they are close; may be empty. */
  closest: ArticleRef[];
}

/** The whole article, in source order ("Full article"). */
export interface ArticleReply extends ReplyCommon {
  kind: 'article';
  article: ArticleRef;
  summary: string;
  sections: { id: string; heading: string; level: 2 | 3; blocks: ReplyBlock[] }[];
  related: ArticleRef[];
}

/** A short acknowledgement (feedback recorded, rate limited, help text…). */
export interface AckReply extends ReplyCommon {
  kind: 'ack';
  message: string;
  /** When the acknowledgement is about an escalation ("Ask an expert"): which one and its state, for pages that show it. */
  escalation?: { id: string; state: 'open' | 'taken' | 'resolved' };
}

export type Reply = AnswerReply | ClarifyReply | NoneReply | ArticleReply | AckReply;
export type ReplyKind = Reply['kind'];

/** The outcome the eval and metrics count: answer | clarify | none (article/ack are follow-up kinds). */
export type Outcome = 'answer' | 'clarify' | 'none';
