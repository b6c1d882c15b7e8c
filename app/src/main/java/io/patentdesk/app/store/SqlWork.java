package io.patentdesk.app.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work against the workspace connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
