import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { busyRetry, busyWaiting } from '@/lib/ats';

import type { ExportTemplate, PaperSize } from '../api/exports';
import { getVersionAtsReport } from '../api/version-ats-report';
import { versionKeys } from '../api/versions';

/**
 * What an ATS reads of the version's PDF and DOCX with this template and paper size, fetched only
 * when asked (`check`): the server renders both and reads them back. After the user picks another
 * template or paper size, the last report stays shown (`outdated`) until they check again.
 */
export function useVersionAtsReport(versionId: string, template: ExportTemplate, paperSize: PaperSize) {
  const query = useQuery({
    queryKey: versionKeys.atsReport(versionId, template, paperSize),
    // When it was made, kept with it: a report still shown after another choice is not this key's data.
    queryFn: async () => ({ report: await getVersionAtsReport(versionId, template, paperSize), checkedAt: Date.now() }),
    enabled: false,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    ...busyRetry,
  });
  const checking = query.fetchStatus === 'fetching';
  const report = query.data?.report;
  return {
    report,
    /** When the report shown was made (ms since the epoch). */
    checkedAt: query.data?.checkedAt ?? null,
    /** The report shown is of another template or paper size than the one chosen now. */
    outdated: report !== undefined && (report.template !== template || report.paperSize !== paperSize),
    checking,
    waiting: busyWaiting(checking, query.failureReason, query.failureCount),
    error: !checking && query.status === 'error' ? query.error : null,
    check: query.refetch,
  };
}
