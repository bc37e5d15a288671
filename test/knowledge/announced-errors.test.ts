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

describe('a status followed by its error body', () => {
  it('takes the body after "NNN error:" as the error string', () => {
    expect(errorsInText('504 error: endpoint request timed out')).toEqual(['endpoint request timed out']);
    expect(errorsInText('502 Error: Bad Gateway')).toEqual(['Bad Gateway']);
  });

  it('needs a status and a body of some length', () => {
    expect(errorsInText('Error: it failed')).toEqual([]);
    expect(errorsInText('600 error: not a status code')).toEqual([]);
    expect(errorsInText('504 error: eh')).toEqual([]);
  });
});
