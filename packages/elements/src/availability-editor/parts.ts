// What the editor needs once it has a schedule to show: the form model, core's validation and slot
// engine, the views and their styles. Downloaded when the element connects, beside its first request, so a page
// with the provider's bundle (an inbox, say) carries none of it until an editor is on it.
export { styles } from './availability-editor.styles.js';
export { clearDraft, draftKey, readDraft, writeDraft } from './draft.js';
export { fieldErrorMap, saveErrorText } from './field-errors.js';
export { check, fromSchedule, sameSchedule } from './model.js';
export { PreviewCache, previewLengths } from './preview.js';
export { DateGrid } from './views/overrides.js';
export { renderEditor } from './views/shell.js';
export { weekStartOf } from './views/weekly.js';
