const PAGE_SIZES = [10, 20, 50, 100] as const;

/** Reads `page` and `pageSize` from the URL, falling back to safe values for anything odd. */
export function readPaging(search: URLSearchParams): { page: number; pageSize: number } {
  const page = Number.parseInt(search.get('page') ?? '', 10);
  const size = Number.parseInt(search.get('pageSize') ?? '', 10);
  return {
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

export const pageSizeOptions = PAGE_SIZES.map(String);

/** The pagination every list table uses: page and size live in the URL, a new size restarts at page 1. */
export function listPagination(options: {
  page: number;
  pageSize: number;
  total: number;
  totalText: (total: number) => string;
  go: (next: { page: number; pageSize: number }) => void;
}) {
  const { page, pageSize, total, totalText, go } = options;
  return {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions,
    showTotal: totalText,
    onChange: (nextPage: number, nextSize: number) =>
      go({ page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize }),
  };
}
