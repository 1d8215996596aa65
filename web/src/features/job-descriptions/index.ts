export type { JobDescription, JobDescriptionSummary } from './api/job-descriptions';
export { JobDescriptionDetail } from './components/JobDescriptionDetail';
export { JobDescriptionForm } from './components/JobDescriptionForm';
export { JobDescriptionsSection } from './components/JobDescriptionsSection';
export { useJobDescription } from './hooks/use-job-description';
export { useJobDescriptions } from './hooks/use-job-descriptions';
export { useDeleteJobDescription, useRenameJobDescription } from './hooks/use-manage-job-description';
