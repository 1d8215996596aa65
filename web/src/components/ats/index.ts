// An ATS report shown the same way wherever one is read: a resume's file (the resume page's ATS
// view) or a version's exports (the version page). No API calls: the features fetch the reports.
export { AtsFieldTable } from './AtsFieldTable';
export { AtsFindings, EditFieldButton } from './AtsFindings';
export { AtsScore } from './AtsScore';
export { BusyNotice, busyAnnouncement } from './BusyNotice';
export { CheckPrompt } from './CheckPrompt';
export { ExtractedText, splitPages } from './ExtractedText';
export { default as atsStyles } from './ats.module.css';
