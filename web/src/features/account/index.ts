export { ChangePasswordForm } from './components/ChangePasswordForm';
export { DeleteAccountForm } from './components/DeleteAccountForm';
export { PreferencesForm } from './components/PreferencesForm';
export { ProfileForm } from './components/ProfileForm';
export { SecurityActivity } from './components/SecurityActivity';
export { SessionsCard } from './components/SessionsCard';
export { TwoFactorCard } from './components/TwoFactorCard';
export { resolvePreferences } from './api/account';
