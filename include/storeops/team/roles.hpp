#pragma once
/// Departments and roles of a store team (docs/model.md §3, §4; 000 ch.1, ch.4, ch.5). The string
/// names are the pinned keys shared by C++, Python and JSON.
#include <array>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include <storeops/core/error.hpp>
#include <storeops/core/names.hpp>

namespace storeops {

enum class Department {
  customer_service,  ///< 客服
  design,            ///< 美工
  promotion,         ///< 推广/运营, including campaign applications 活动申报
  merchandising,     ///< 商品
  logistics,         ///< 物流/仓储
  planning,          ///< 策划/文案
  management,        ///< 运营总监, 商城主管/店长 (000 ch.1; 003's 运营主管)
  finance,           ///< 财务部 (000 ch.1, 003)
};
inline constexpr std::size_t department_count = 8;
inline constexpr std::array<std::string_view, department_count> department_names = {
    "customer_service", "design", "promotion", "merchandising", "logistics", "planning",
    "management", "finance"};

enum class Role {
  cs_agent,         ///< 客服 customer-service agent
  cs_lead,          ///< 客服组长 team lead
  cs_manager,       ///< 客服经理/主管 supervisor
  promoter,         ///< 推广专员
  designer,         ///< 美工
  senior_designer,  ///< 美工 from the 100,000 tier (4,000 a month)
  logistics_staff,  ///< 库管/打包 warehouse keeper, packer
  logistics_lead,   ///< 物流主管
  merchandiser,     ///< 商品专员
  planner,          ///< 策划文案
  operations_director,  ///< 运营总监 (000 ch.1)
  store_manager,        ///< 商城主管/店长 (000 ch.1); 003's 运营主管
  copywriter,           ///< 文案编辑 (000 ch.1)
  finance_clerk,        ///< 财务 (000 ch.1, 003)
};
inline constexpr std::size_t role_count = 14;
inline constexpr std::array<std::string_view, role_count> role_names = {
    "cs_agent",       "cs_lead",      "cs_manager",          "promoter",
    "designer",       "senior_designer", "logistics_staff",  "logistics_lead",
    "merchandiser",   "planner",      "operations_director", "store_manager",
    "copywriter",     "finance_clerk"};

/// A number of people in one role: a tier's role mix, a stage's planned hires.
struct RoleCount {
  Role role = Role::cs_agent;
  int count = 0;
  friend bool operator==(const RoleCount&, const RoleCount&) = default;
};

/// The department each role belongs to.
inline constexpr Department department_of(Role r) noexcept {
  switch (r) {
    case Role::cs_agent:
    case Role::cs_lead:
    case Role::cs_manager: return Department::customer_service;
    case Role::promoter: return Department::promotion;
    case Role::designer:
    case Role::senior_designer: return Department::design;
    case Role::logistics_staff:
    case Role::logistics_lead: return Department::logistics;
    case Role::merchandiser: return Department::merchandising;
    case Role::planner:
    case Role::copywriter: return Department::planning;
    case Role::operations_director:
    case Role::store_manager: return Department::management;
    case Role::finance_clerk: return Department::finance;
  }
  return Department::customer_service;
}

/// The role a department hires when it simply needs one more person.
inline constexpr Role base_role(Department d) noexcept {
  switch (d) {
    case Department::customer_service: return Role::cs_agent;
    case Department::design: return Role::designer;
    case Department::promotion: return Role::promoter;
    case Department::merchandising: return Role::merchandiser;
    case Department::logistics: return Role::logistics_staff;
    case Department::planning: return Role::planner;
    case Department::management: return Role::store_manager;
    case Department::finance: return Role::finance_clerk;
  }
  return Role::cs_agent;
}

inline constexpr std::size_t index(Department d) noexcept { return static_cast<std::size_t>(d); }
inline constexpr std::size_t index(Role r) noexcept { return static_cast<std::size_t>(r); }
template <>
struct EnumNames<Department> {
  static constexpr auto& names = department_names;
  static constexpr std::string_view what = "department", plural = "departments";
};
template <>
struct EnumNames<Role> {
  static constexpr auto& names = role_names;
  static constexpr std::string_view what = "role", plural = "roles";
};
inline std::ostream& operator<<(std::ostream& os, Department d) { return os << to_string(d); }
inline std::ostream& operator<<(std::ostream& os, Role r) { return os << to_string(r); }

inline Department department_from_string(std::string_view name) {
  return from_string<Department>(name);
}
inline Role role_from_string(std::string_view name) { return from_string<Role>(name); }

}  // namespace storeops
