-- People who may sign in with a password kept here. Directory (LDAP, OpenID Connect) users are not
-- stored: their roles come from their groups at each sign-in.
CREATE TABLE app_user (
    username      VARCHAR(100)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255)  NOT NULL,
    display_name  VARCHAR(200)  NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT app_user_role CHECK (role IN ('viewer', 'analyst', 'admin'))
);
