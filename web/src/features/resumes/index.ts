export { ResumesSection } from './components/ResumesSection';
