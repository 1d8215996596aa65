export { ChangePasswordForm } from './components/ChangePasswordForm';
export { PreferencesForm } from './components/PreferencesForm';
export { ProfileForm } from './components/ProfileForm';
export { resolvePreferences } from './api/account';
