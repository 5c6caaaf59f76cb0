import { defineRoute } from '../../platform/route.ts';
import {
  accountPage,
  accountParams,
  accountView,
  createAccountBody,
  listAccountsQuery,
  updateAccountBody,
} from './schema.ts';
import { createAccount, getAccount, listAccounts, updateAccount } from './service.ts';

export const accountRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts',
    summary: '账号列表 / List accounts',
    tag: 'accounts',
    auth: 'session',
    permission: 'accounts.read',
    query: listAccountsQuery,
    response: accountPage,
    handler: ({ ctx, query }) => listAccounts(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts/:id',
    summary: '账号详情 / Account detail',
    tag: 'accounts',
    auth: 'session',
    permission: 'accounts.read',
    params: accountParams,
    response: accountView,
    handler: ({ ctx, params }) => getAccount(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/accounts',
    summary: '新建账号 / Create an account',
    tag: 'accounts',
    auth: 'session',
    permission: 'accounts.write',
    body: createAccountBody,
    response: accountView,
    successStatus: 201,
    handler: ({ ctx, body }) => createAccount(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/accounts/:id',
    summary: '修改、停用或解锁账号 / Edit, disable or unlock an account',
    tag: 'accounts',
    auth: 'session',
    permission: 'accounts.write',
    params: accountParams,
    body: updateAccountBody,
    response: accountView,
    handler: ({ ctx, params, body }) => updateAccount(ctx, params.id, body),
  }),
];
