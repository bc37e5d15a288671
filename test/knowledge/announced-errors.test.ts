import { announcedError, errorsInText } from '../../src/knowledge/import/errors';

describe('errors the prose announces without quotes', () => {
  it('takes the message after "the following error message:" at the end of a line', () => {
    expect(announcedError("In the Details section, see whether there's the following error message: There is an invalid certificate in your truststore bundle ."))
      .toBe('There is an invalid certificate in your truststore bundle');
  });

  it('prefers quoted errors, and finds nothing in prose that announces none', () => {
    expect(errorsInText('you might receive the following error: "Missing Authentication Token"')).toEqual(['Missing Authentication Token']);
    expect(errorsInText('Follow the instructions in the following section: it explains the steps.')).toEqual([]);
  });
});
