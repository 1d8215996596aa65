import { useMutation } from '@tanstack/react-query';

import { isApiError } from '@/lib/api-client';
import { useReloadUser } from '@/lib/auth';

import { resendVerification } from '../api/email-verification';

export function useResendVerification() {
  const reloadUser = useReloadUser();
  return useMutation({
    mutationFn: resendVerification,
    onError: (error) => {
      // Verified in another tab or device: refresh the user so banners disappear.
      if (isApiError(error) && error.code === 'already_verified') void reloadUser().catch(() => undefined);
    },
  });
}
