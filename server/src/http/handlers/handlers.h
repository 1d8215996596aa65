#pragma once

#include "http/router.h"
#include "http/services.h"

namespace resumax::http {

// Each adds its resource's routes to the one route table (see routes.cpp).
void AddSystemRoutes(Router& router, Services& services);
void AddAuthRoutes(Router& router, Services& services);
void AddUserRoutes(Router& router, Services& services);
void AddResumeRoutes(Router& router, Services& services);
void AddStorageRoutes(Router& router, Services& services);
void AddJobDescriptionRoutes(Router& router, Services& services);
void AddOptimizeRoutes(Router& router, Services& services);
void AddExportRoutes(Router& router, Services& services);
void AddAdminRoutes(Router& router, Services& services);
void AddBillingRoutes(Router& router, Services& services);

// The JSON form of an account, as every endpoint returns it.
boost::json::object UserJson(const auth::User& user);

// An audit row: its owner sees an approximate address; admins the address, user and actor.
boost::json::object AuditJson(const auth::AuditEntry& entry, bool for_admin);

// The JSON form of a resume; with_content adds parsedText and parsedSections.
boost::json::object ResumeJson(const resumes::Resume& resume, bool with_content);
// The document in a request body {sections: {...}}; 422 invalid_sections naming each value of
// the wrong type and each rule of document::Validate it breaks.
Result<document::ResumeDocument> DocumentFromBody(Request& request);

// The JSON form of an export with its signed links (POST /exports, a version's downloads).
boost::json::object ExportLinkJson(const exporting::ExportLink& link);

}  // namespace resumax::http
