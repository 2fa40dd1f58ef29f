// Any method, any path under /api/v1 that no route serves: 404 in the contract's error shape.
export * from "@/lib/http/unserved-methods";
