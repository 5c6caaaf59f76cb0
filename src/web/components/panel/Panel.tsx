import { useId, type ReactNode } from 'react';

// A titled box with the look of antd's Card, in plain markup: Card brings Tabs (for its tab list)
// into the first page of a phone that never shows one (issue 15 part 7).
export function Panel({
  title,
  className,
  children,
}: {
  title?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      className={className ? `lingyan-panel ${className}` : 'lingyan-panel'}
      aria-labelledby={title ? headingId : undefined}
    >
      {title && (
        <h2 id={headingId} className="lingyan-panel-title">
          {title}
        </h2>
      )}
      <div className="lingyan-panel-body">{children}</div>
    </section>
  );
}
