export { RecentOptimizationsSection } from './components/RecentOptimizationsSection';
