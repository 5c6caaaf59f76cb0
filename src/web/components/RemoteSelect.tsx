import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';

export interface RemoteOption {
  value: string;
  label: string;
}

interface RemoteSelectProps {
  /** Options for the typed text ('' when the list opens); called again as the user types. */
  search: (text: string, signal: AbortSignal) => Promise<RemoteOption[]>;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  /** Reload when these change (e.g. the region a grid must be in). */
  deps?: readonly unknown[];
  'aria-label'?: string;
  /** The label of `value` before any search has found it (an edit form opening on a stored id). */
  initialLabel?: string | null;
}

/**
 * The options of a remote select: `search` runs 250 ms after the typed text settles (the last one
 * aborted), and every option ever found is remembered so a chosen value keeps its label.
 */
function useRemoteOptions(
  search: RemoteSelectProps['search'],
  deps: readonly unknown[],
): {
  options: RemoteOption[];
  loading: boolean;
  setText: (text: string) => void;
  known: Map<string, RemoteOption>;
} {
  const [options, setOptions] = useState<RemoteOption[]>([]);
  const [text, setText] = useState('');
  const [loading, setLoading] = useState(false);
  const known = useRef(new Map<string, RemoteOption>());

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      search(text, controller.signal).then(
        (found) => {
          for (const o of found) known.current.set(o.value, o);
          setOptions(found);
          setLoading(false);
        },
        () => setLoading(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, ...deps]);
  return { options, loading, setText, known: known.current };
}

/** A searchable select over a server list (persons by pinyin, organizations, grids, units…). */
export function RemoteSelect({
  search,
  value,
  onChange,
  placeholder,
  id,
  allowClear,
  style,
  deps = [],
  initialLabel,
  ...rest
}: RemoteSelectProps) {
  const { options, loading, setText, known } = useRemoteOptions(search, deps);

  // The chosen option stays labelled after the list moves on to another search.
  const chosen = value
    ? (known.get(value) ?? (initialLabel ? { value, label: initialLabel } : undefined))
    : undefined;
  const shown =
    chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear={allowClear}
      placeholder={placeholder}
      value={value ?? undefined}
      options={shown}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      style={{ minWidth: 220, ...style }}
      onChange={(next: string | undefined) => onChange?.(next)}
    />
  );
}

interface RemoteMultiSelectProps {
  search: RemoteSelectProps['search'];
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  disabled?: boolean;
  deps?: readonly unknown[];
}

/** The same search, choosing several (the N households of a 1+1+N pair). */
export function RemoteMultiSelect({
  search,
  value,
  onChange,
  id,
  disabled,
  deps = [],
}: RemoteMultiSelectProps) {
  const { options, loading, setText, known } = useRemoteOptions(search, deps);
  // The chosen options stay labelled whatever is typed next.
  const chosen = (value ?? []).flatMap((v) => {
    const option = known.get(v);
    return option && !options.some((o) => o.value === v) ? [option] : [];
  });
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      options={[...chosen, ...options]}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      disabled={disabled}
      onChange={(next) => onChange?.(next)}
    />
  );
}
