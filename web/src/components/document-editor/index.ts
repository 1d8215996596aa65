export { DocumentEditor } from './DocumentEditor';
export { flagsOf, locateField, type Flag } from './ReviewFlags';
export { planSave, placeIssues, type SavePlan } from './paths';
export { useDocumentDraft, type DocumentChange, type DocumentDraft } from './use-document-draft';
export { EditorBar } from './EditorBar';
