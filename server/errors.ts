// Domain errors thrown anywhere on the server; the REST layer and the live layer map them to their channel.
export class DomainError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class NotFound extends DomainError {
  constructor(what: string) {
    super(404, `${what} not found`);
  }
}
export class Forbidden extends DomainError {
  constructor(message = 'You do not have permission to do that') {
    super(403, message);
  }
}
export class Conflict extends DomainError {
  constructor(message: string) {
    super(409, message);
  }
}
export class Invalid extends DomainError {
  constructor(message: string, details?: unknown) {
    super(400, message, details);
  }
}
