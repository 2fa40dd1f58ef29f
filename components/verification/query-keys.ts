// TanStack Query keys of the verification domain, in one factory so invalidation matches reads.
export const verificationKeys = {
  all: ["verification"] as const,
  status: () => [...verificationKeys.all, "status"] as const,
};

export const statusPath = "/api/v1/user/verification/status/";
