import { readSmallTalk } from '../../src/conversation/small-talk';
import { readTypedFeedback } from '../../src/conversation/typed-feedback';

describe('readTypedFeedback', () => {
  it.each(['thanks, that fixed it!', 'solved', 'Solved!', 'that worked, thank you', 'it works now', 'fixed it, thanks', 'perfect, that did the trick'])('reads %j as Solved', (text) => {
    expect(readTypedFeedback(text)).toBe('solved');
  });

  it.each(["that didn't work", 'not it', 'wrong', "that's not it", 'nope', 'still failing', 'no luck, sorry', "that didn't fix it", 'wrong article'])('reads %j as Not it', (text) => {
    expect(readTypedFeedback(text)).toBe('not-it');
  });

  it.each(['thanks, but now I get 502 Bad Gateway', 'thanks', 'what about HTTP APIs?', 'how do I check the connection first?', 'it fixed the 403 but now 500', "solved the auth part; now it says AccessDenied"])('does not read %j as feedback', (text) => {
    expect(readTypedFeedback(text)).toBeNull();
  });
});

describe('readSmallTalk', () => {
  it.each([
    ['hi, can you help me?', 'help'],
    ['hello', 'greeting'],
    ['Hey there!', 'greeting'],
    ['good morning team', 'greeting'],
    ['help', 'help'],
    ['thanks!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['bye', 'bye'],
  ])('reads %j as %s', (text, kind) => {
    expect(readSmallTalk(text)).toBe(kind);
  });

  it.each(['hi, I get 403 Forbidden', 'thanks! but now: Error: connect ECONNREFUSED', 'help me fix CrashLoopBackOff', 'hello?\nstack trace here', 'can you review my PR?'])('does not read %j as small talk', (text) => {
    expect(readSmallTalk(text)).toBeNull();
  });
});
