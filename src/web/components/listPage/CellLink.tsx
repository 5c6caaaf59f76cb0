import { Button } from 'antd';
import type { ReactNode } from 'react';

interface CellLinkProps {
  onClick: () => void;
  /** The tooltip, where the link's target needs saying. */
  title?: string;
  children: ReactNode;
}

/** A table cell's text that opens something: a row's drawer, its history, its detail. */
export function CellLink({ onClick, title, children }: CellLinkProps) {
  return (
    <Button type="link" size="small" style={{ padding: 0 }} title={title} onClick={onClick}>
      {children}
    </Button>
  );
}
