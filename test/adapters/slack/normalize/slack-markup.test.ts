import { normalizeIncoming, normalizeSlackText } from '../../../../adapters/slack/normalize/slack-markup';

describe('normalizeSlackText', () => {
  it('turns user and channel references into names', () => {
    expect(normalizeSlackText('ask <@U123ABC|alice> in <#C0456|ops>')).toBe('ask @alice in #ops');
    expect(normalizeSlackText('cc <@U123ABC>')).toBe('cc @U123ABC');
  });

  it('keeps a link\'s text, or the URL when it has none', () => {
    expect(normalizeSlackText('see <https://docs.aws.amazon.com/x|the docs>')).toBe('see the docs');
    expect(normalizeSlackText('curl <https://abc.execute-api.us-east-1.amazonaws.com/prod>')).toBe('curl https://abc.execute-api.us-east-1.amazonaws.com/prod');
  });

  it('turns broadcasts into plain words', () => {
    expect(normalizeSlackText('<!channel> <!here> <!everyone> <!subteam^S1|@oncall>')).toBe('@channel @here @everyone @oncall');
  });

  it('decodes the entities Slack escapes, so the error reads as pasted', () => {
    expect(normalizeSlackText('{&quot;x&quot;} &lt;html&gt; a &amp;&amp; b')).toBe('{&quot;x&quot;} <html> a && b');
  });

  it('drops code fences but keeps their content', () => {
    expect(normalizeSlackText('```HTTP/1.1 502 Bad Gateway```')).toBe('HTTP/1.1 502 Bad Gateway');
  });
});

describe('normalizeIncoming', () => {
  it('removes the mention of the bot itself', () => {
    expect(normalizeIncoming('<@UBOT> 502 Bad Gateway', 'UBOT')).toBe('502 Bad Gateway');
    expect(normalizeIncoming('<@UBOT|kb>', 'UBOT')).toBe('');
  });
});
