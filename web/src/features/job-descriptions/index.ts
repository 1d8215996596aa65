export { JobDescriptionsSection } from './components/JobDescriptionsSection';
