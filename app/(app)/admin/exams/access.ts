// Who may manage exams (exams:manage, as their API routes), in the words the pages refuse with.
export const examManagementRefusal = {
  title: "You don't have access to exam management",
  explanation: "Exams are managed by verified admins, managers and superadmins.",
};
