/**
 * marked's lexer. marked 16 ships ES modules only; Node >= 20.19 require()s them from our CommonJS
 * output, and jest.config.js maps `marked` to its UMD build because Jest's loader cannot.
 */
import { lexer, type Token } from 'marked';

/** Markdown source -> marked's block tokens. */
export function lex(markdown: string): Token[] {
  return lexer(markdown);
}
