// Account management: one's own account, and (manager+) other people's.
export { getAccount } from "./get-account";
export { updateAccount, type UpdateAccountInput } from "./update-account";
export { updateAccountFromForm } from "./update-account-from-form";
export { readAccountForm } from "./read-account-form";
export { resolveAccount } from "./resolve-account";
export {
  accountChanges,
  accountForm,
  accountParams,
  accountResponse,
  accountUpdatedResponse,
  multipartMaxBytes,
  pictureRule,
  phoneNumber,
} from "./schemas";
