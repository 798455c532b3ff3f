package org.carebench.dashboard.users;

import java.util.List;
import org.carebench.dashboard.audit.AuditAction;
import org.carebench.dashboard.audit.AuditLog;
import org.carebench.dashboard.security.Role;
import org.carebench.dashboard.security.UserAccount;
import org.carebench.dashboard.security.UserStore;
import org.springframework.stereotype.Service;

/**
 * What an admin does to users, each change audited under the admin's name. An admin cannot disable
 * or demote themselves, so the last admin cannot lock everyone out by mistake.
 */
@Service
public class UserAdministration {

    private final UserStore users;
    private final AuditLog audit;

    public UserAdministration(UserStore users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    public List<UserAccount> users() {
        return users.all();
    }

    public UserAccount add(String admin, String username, String displayName, Role role, String password) {
        UserAccount added = users.add(username, displayName, role, password);
        audit.append(
                admin, AuditAction.USER_ADDED, added.username() + " (" + added.displayName() + ") as " + role.id());
        return added;
    }

    public void setEnabled(String admin, String username, boolean enabled) {
        if (!enabled && admin.equals(username)) {
            throw new IllegalArgumentException("You cannot disable yourself");
        }
        users.setEnabled(username, enabled);
        audit.append(admin, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, username);
    }

    public void setRole(String admin, String username, Role role) {
        UserAccount before =
                users.find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        if (admin.equals(username) && role != Role.ADMIN) {
            throw new IllegalArgumentException("You cannot take the admin role from yourself");
        }
        users.setRole(username, role);
        audit.append(
                admin, AuditAction.ROLE_CHANGED, username + ": " + before.role().id() + " -> " + role.id());
    }
}
