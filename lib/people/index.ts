// The people domain's public surface (staff-facing lists, details and role management).
export {
  assignPersonRole,
  getPersonAdminView,
  inviteStaffFromForm,
  type PersonAdminView,
} from "./admin-pages";
export { assignCandidateRole, assignStaffRole } from "./assign-role";
export { inviteStaff } from "./invite-staff";
export { listCandidates, listStaff } from "./list-people";
export { listUsers, seesAllUsers } from "./list-users";
export { buildFullProfile, loadPerson, type FullProfile } from "./profile";
export {
  assignableCandidateRoles,
  assignableStaffRoles,
  grantableStaffRoles,
  invitableStaffRoles,
  roleChangeOffer,
  staffRoleOptions,
  staffTargetRefusal,
  type StaffRoleOption,
} from "./role-rules";
export { getStaffDetail } from "./staff-detail";
