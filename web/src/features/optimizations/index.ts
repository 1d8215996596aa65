export { isCompleted, type Optimization } from './api/optimizations';
export type { Version } from './api/versions';
export { ExportPanel } from './components/ExportPanel';
export { OptimizationProgress } from './components/OptimizationProgress';
export { OptimizationResults } from './components/OptimizationResults';
export { RecentOptimizationsSection } from './components/RecentOptimizationsSection';
export {
  StartOptimizationForm,
  type JobChoice,
  type OptimizationCredits,
  type ResumeChoice,
} from './components/StartOptimizationForm';
export { VersionDetail } from './components/VersionDetail';
export { VersionsList } from './components/VersionsList';
export { useOptimization } from './hooks/use-optimization';
export { useVersion } from './hooks/use-versions';
