import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The floor: one controlled React input validated on every keystroke, nothing else.
function PlainField() {
  const [value, setValue] = useState('');
  const error = value.trim().length < 2 ? 'Enter at least 2 characters.' : undefined;
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="plain">Field 1</label>
      <input
        id="plain"
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      {error ? <p>{error}</p> : null}
      <button type="submit">Continue</button>
    </form>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The bench page needs <div id="root">.');
createRoot(root).render(
  <StrictMode>
    <PlainField />
  </StrictMode>,
);
