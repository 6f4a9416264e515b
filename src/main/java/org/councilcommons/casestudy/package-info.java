/**
 * Case studies: the aggregate, its drafts and revisions, editorial states, barriers, the permission policy and the
 * service that does each action in one transaction. Depends on platform, identity and council (by id).
 */

package org.councilcommons.casestudy;
