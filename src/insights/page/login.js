// Signs in to the insights page: posts the token, and the server answers with an HttpOnly session cookie.
'use strict';

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('login-error');
  error.hidden = true;
  const token = document.getElementById('token').value;
  let message = 'Could not reach the server; try again.';
  try {
    const res = await fetch('/insights/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
      credentials: 'same-origin',
    });
    if (res.status === 204) {
      location.reload();
      return;
    }
    const body = await res.json().catch(() => ({}));
    message = typeof body.error === 'string' ? body.error : `Sign-in failed (${res.status}).`;
  } catch {
    // message stays the network one
  }
  error.textContent = message;
  error.hidden = false;
});
