import { useCallback } from 'react';
import { useNavigate } from 'react-router';

import { ResumeUpload } from '@/features/resumes';
import { useUser } from '@/lib/auth';

import { FormPage } from './page-frames';

export function ResumeNewRoute() {
  const user = useUser();
  const navigate = useNavigate();
  const onUploaded = useCallback((resumeId: string) => navigate(`/resumes/${resumeId}`), [navigate]);
  return (
    <FormPage
      title="Upload a resume"
      description="We read it the way an applicant tracking system does, so you can see what recruiters' software sees."
      width="narrow"
    >
      <ResumeUpload onUploaded={onUploaded} locked={!user.emailVerified} />
    </FormPage>
  );
}
