export type { Resume, ResumeSummary } from './api/resumes';
export { ResumeDetail } from './components/ResumeDetail';
export { ResumesSection } from './components/ResumesSection';
export { ResumeUpload } from './components/ResumeUpload';
export { useResume } from './hooks/use-resume';
export { useResumes } from './hooks/use-resumes';
export { useDeleteResume, useRenameResume } from './hooks/use-manage-resume';
