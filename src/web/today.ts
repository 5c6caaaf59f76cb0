import { shanghaiDate } from '../domain/time/shanghai.ts';

/** Today as 'YYYY-MM-DD' on the Asia/Shanghai calendar (the users' own): the forms' default day. */
export const todayInShanghai = (): string => shanghaiDate(new Date());
