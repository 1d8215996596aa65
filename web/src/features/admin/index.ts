export { AdminUsers } from './components/AdminUsers';
export { AuditLog } from './components/AuditLog';
export { QueuePanel } from './components/QueuePanel';
export { UsagePanel } from './components/UsagePanel';
