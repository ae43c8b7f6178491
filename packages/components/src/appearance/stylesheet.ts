/**
 * Every rule is scoped under `.okit-root`, so nothing leaks into the host page.
 * The first rule reverts host styles (a reset of `input` and `button`, say)
 * on our elements to the browser's own, and our rules, more specific, build
 * from there. Sizes and spaces use logical properties so `dir="rtl"` mirrors.
 * A step's fields come in groups (`okit-field-group`, runs of 20) that skip
 * layout and paint while off screen (`content-visibility`), so a step of
 * hundreds of fields costs about what its visible part does on each
 * keystroke; the 4px padding, taken back by the margin, keeps focus outlines
 * inside the paint containment that comes with it. The error summary, which
 * lists every field's error after a failed submit, is skipped alike once
 * scrolled past.
 */
export const stylesheet = `
.okit-root{--okit-color-primary:#4f46e5;--okit-color-background:#fff;--okit-color-text:#1a1f36;--okit-color-secondary-text:#596171;--okit-color-danger:#b42318;--okit-color-border:#8a8f98;--okit-font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--okit-font-size-base:16px;--okit-spacing-unit:4px;--okit-border-radius:6px}
.okit-root[data-okit-theme=dark]{--okit-color-primary:#a5b4fc;--okit-color-background:#14151f;--okit-color-text:#f4f5f8;--okit-color-secondary-text:#b4b9c7;--okit-color-danger:#ff8a80;--okit-color-border:#6b7080}
.okit-root *,.okit-root *::before,.okit-root *::after{all:revert;box-sizing:border-box}
.okit-root{--okit-s:var(--okit-spacing-unit);all:revert;display:block;box-sizing:border-box;background:var(--okit-color-background);color:var(--okit-color-text);font-family:var(--okit-font-family);font-size:var(--okit-font-size-base);line-height:1.5;padding:calc(var(--okit-s)*4);text-align:start;font-style:normal;font-weight:400;letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;text-shadow:none;white-space:normal}
.okit-root .okit-heading{font-size:1.375em;font-weight:600;margin:0 0 calc(var(--okit-s)*2)}
.okit-root .okit-heading:focus{outline:none}
.okit-root .okit-heading:focus-visible{outline:2px solid var(--okit-form-highlight-border,var(--okit-color-primary));outline-offset:2px}
.okit-root .okit-description,.okit-root .okit-help,.okit-root .okit-muted{color:var(--okit-color-secondary-text);margin:0}
.okit-root .okit-description{margin-block-end:calc(var(--okit-s)*4)}
.okit-root .okit-help{font-size:.875em}
.okit-root .okit-progress{display:flex;flex-wrap:wrap;gap:calc(var(--okit-s)*2);list-style:none;margin:0 0 calc(var(--okit-s)*4);padding:0;font-size:.875em;color:var(--okit-color-secondary-text)}
.okit-root .okit-progress-step{display:flex;align-items:center;gap:var(--okit-s);margin:0;padding:0}
.okit-root .okit-progress-step[aria-current=step]{color:var(--okit-color-text);font-weight:600}
.okit-root .okit-progress-marker{display:inline-block;inline-size:.75em;block-size:.75em;border-radius:50%;border:2px solid currentColor}
.okit-root .okit-progress-step[data-done] .okit-progress-marker{background:currentColor}
.okit-root .okit-form{display:flex;flex-direction:column;gap:calc(var(--okit-s)*4);margin:0}
.okit-root .okit-field-group{display:flex;flex-direction:column;gap:calc(var(--okit-s)*4);margin:-4px;padding:4px;min-inline-size:0;content-visibility:auto;contain-intrinsic-block-size:auto 100em}
.okit-root .okit-field{display:flex;flex-direction:column;gap:var(--okit-s);border:0;margin:0;padding:0;min-inline-size:0}
.okit-root .okit-label,.okit-root .okit-legend{font-weight:500;padding:0;margin:0}
.okit-root .okit-optional{color:var(--okit-color-secondary-text);font-weight:400;margin-inline-start:var(--okit-s)}
.okit-root .okit-input,.okit-root .okit-select{appearance:none;display:block;inline-size:100%;min-block-size:2.5em;margin:0;padding:calc(var(--okit-s)*2) calc(var(--okit-s)*3);font:inherit;color:var(--okit-color-text);background:var(--okit-color-background);border:1px solid var(--okit-color-border);border-radius:var(--okit-border-radius)}
.okit-root .okit-select{background-image:linear-gradient(45deg,transparent 50%,currentColor 50%),linear-gradient(135deg,currentColor 50%,transparent 50%);background-position:calc(100% - 18px) 55%,calc(100% - 13px) 55%;background-size:5px 5px;background-repeat:no-repeat;padding-inline-end:calc(var(--okit-s)*8)}
.okit-root[dir=rtl] .okit-select{background-position:13px 55%,18px 55%}
.okit-root .okit-input:focus-visible,.okit-root .okit-select:focus-visible{outline:2px solid var(--okit-form-highlight-border,var(--okit-color-primary));outline-offset:1px;border-color:var(--okit-form-highlight-border,var(--okit-color-primary))}
.okit-root [aria-invalid=true]{border-color:var(--okit-color-danger)}
.okit-root .okit-error{color:var(--okit-color-danger);font-size:.875em;margin:0}
.okit-root .okit-parts{display:grid;grid-template-columns:repeat(auto-fit,minmax(12em,1fr));gap:calc(var(--okit-s)*3)}
.okit-root .okit-inline{display:flex;gap:calc(var(--okit-s)*2);align-items:flex-start}
.okit-root .okit-inline>.okit-select{inline-size:auto;max-inline-size:50%}
.okit-root .okit-inline>.okit-grow{flex:1 1 auto;min-inline-size:0}
.okit-root .okit-checkbox-row{display:flex;gap:calc(var(--okit-s)*2);align-items:flex-start}
.okit-root .okit-checkbox{inline-size:1.125em;block-size:1.125em;margin:.2em 0 0;accent-color:var(--okit-form-accent,var(--okit-color-primary))}
.okit-root .okit-button{appearance:none;display:inline-flex;align-items:center;justify-content:center;gap:var(--okit-s);min-block-size:2.5em;margin:0;padding:calc(var(--okit-s)*2) calc(var(--okit-s)*4);font:inherit;font-weight:600;cursor:pointer;border-radius:var(--okit-border-radius);border:1px solid var(--okit-color-border);background:var(--okit-color-background);color:var(--okit-color-text)}
.okit-root .okit-button-primary{border-color:transparent;background:var(--okit-button-primary-background,var(--okit-color-primary));color:var(--okit-button-primary-text,var(--okit-color-background))}
.okit-root .okit-button-link{border-color:transparent;background:none;padding-inline:var(--okit-s);color:var(--okit-color-primary);text-decoration:underline}
.okit-root .okit-button:focus-visible,.okit-root .okit-summary-link:focus-visible,.okit-root a:focus-visible{outline:2px solid var(--okit-form-highlight-border,var(--okit-color-primary));outline-offset:2px}
.okit-root .okit-button[disabled]{cursor:progress;opacity:.7}
.okit-root a{color:var(--okit-color-primary)}
.okit-root .okit-actions{display:flex;flex-wrap:wrap;gap:calc(var(--okit-s)*2);justify-content:flex-end;margin-block-start:calc(var(--okit-s)*2)}
.okit-root .okit-actions>.okit-start{margin-inline-end:auto}
.okit-root .okit-summary,.okit-root .okit-alert{border:2px solid var(--okit-color-danger);border-radius:var(--okit-border-radius);padding:calc(var(--okit-s)*3) calc(var(--okit-s)*4)}
.okit-root .okit-summary{content-visibility:auto;contain-intrinsic-block-size:auto 10em}
.okit-root .okit-summary-title{font-size:1em;font-weight:600;margin:0 0 var(--okit-s)}
.okit-root .okit-summary ul{margin:0;padding-inline-start:calc(var(--okit-s)*5)}
.okit-root .okit-summary-link{appearance:none;background:none;border:0;margin:0;padding:0;font:inherit;text-align:start;color:var(--okit-color-danger);text-decoration:underline;cursor:pointer}
.okit-root .okit-masked{display:flex;flex-wrap:wrap;align-items:center;gap:calc(var(--okit-s)*2);margin:0}
.okit-root .okit-review{margin:0 0 calc(var(--okit-s)*4)}
.okit-root .okit-review-section{border-block-end:1px solid var(--okit-color-border);padding-block:calc(var(--okit-s)*3)}
.okit-root .okit-review-header{display:flex;justify-content:space-between;align-items:center;gap:calc(var(--okit-s)*2)}
.okit-root .okit-review-title{font-size:1.0625em;font-weight:600;margin:0}
.okit-root .okit-review dl{display:grid;grid-template-columns:minmax(8em,1fr) 2fr;gap:var(--okit-s) calc(var(--okit-s)*4);margin:calc(var(--okit-s)*2) 0 0}
.okit-root .okit-review-row{display:contents}
.okit-root .okit-review dt{color:var(--okit-color-secondary-text);margin:0}
.okit-root .okit-review dd{margin:0;overflow-wrap:anywhere}
.okit-root .okit-person{border:1px solid var(--okit-color-border);border-radius:var(--okit-border-radius);padding:calc(var(--okit-s)*3);display:flex;flex-direction:column;gap:calc(var(--okit-s)*3)}
.okit-root .okit-person-list{display:flex;flex-direction:column;gap:calc(var(--okit-s)*2);list-style:none;margin:0;padding:0}
.okit-root progress{inline-size:100%;accent-color:var(--okit-color-primary)}
.okit-root .okit-visually-hidden{position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
`;
