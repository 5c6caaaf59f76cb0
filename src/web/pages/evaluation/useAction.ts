import { message } from 'antd';
import { useState } from 'react';
import { describeError } from '../../api/errorMessage.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** One call to the server from a button: busy meanwhile, then a message saying how it went. */
export function useAction() {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  /** Runs `work`; on success shows `success(result)`, then calls `then`. */
  const run = async <R>(
    work: () => Promise<R>,
    success: (result: R) => string,
    then: () => void,
  ) => {
    setBusy(true);
    try {
      const result = await work();
      void message.success(success(result));
      then();
    } catch (error) {
      void message.error(describeError(error, t, locale));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
