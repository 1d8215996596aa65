export { ConsentStep } from './components/ConsentStep';
export { PrivacyPolicy, TermsOfService } from './components/LegalDocuments';
