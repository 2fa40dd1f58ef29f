// Who may use the question bank (questions:manage, as its API routes), in the words its pages and
// server actions refuse with.
export const questionBankRefusal = {
  title: "You don't have access to the question bank",
  explanation: "The question bank is for verified moderators, admins, managers and superadmins.",
};

export const questionBankActionRefused = "The question bank is for verified moderators and above.";
