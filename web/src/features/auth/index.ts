export { CheckInbox } from './components/CheckInbox';
export { ForgotPasswordForm } from './components/ForgotPasswordForm';
export { ResetPasswordForm } from './components/ResetPasswordForm';
export { SignInForm } from './components/SignInForm';
export { SignUpForm } from './components/SignUpForm';
export { VerifyEmail } from './components/VerifyEmail';
export { VerifyEmailBanner } from './components/VerifyEmailBanner';
export { useOneTimeToken } from './hooks/use-one-time-token';
