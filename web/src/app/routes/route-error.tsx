import { FullPageStatus } from '@/components/layout/FullPageStatus';
import { Alert, Button } from '@/components/ui';

/** Shown when a page crashes while rendering; a reload usually recovers. */
export function RouteError() {
  return (
    <FullPageStatus>
      <Alert
        tone="error"
        title="Something went wrong on this page"
        action={
          <Button variant="secondary" size="sm" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        Reloading usually fixes it. Anything you saved is safe.
      </Alert>
    </FullPageStatus>
  );
}
